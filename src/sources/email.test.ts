import { describe, expect, it } from 'vitest';
import { decodeHeader, readEml, readMbox } from './email.js';
import { encode } from './testkit.js';
import type { TextChunks } from './types.js';
import { collect, flatten } from './testkit.js';

const bytes = (...parts: Array<string | Uint8Array>): TextChunks =>
  (async function* () {
    const buf = Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
    yield { text: buf.toString('latin1'), bytes: buf.length };
  })();

describe('e-mail', () => {
  it('decodes RFC 2047 B and Q words in any charset', () => {
    const koi = Buffer.from(encode('Жалоба', 'koi8-r')).toString('base64');
    expect(decodeHeader(`=?koi8-r?B?${koi}?= =?windows-1251?Q?=ED=E0_=F1=EE=F1=E5=E4=E0?=`)).toBe('Жалобана соседа');
    expect(decodeHeader('=?UTF-8?Q?=D0=9F=D1=80=D0=BE=D1=88=D1=83?= помощи')).toBe('Прошу помощи');
  });

  it('reads a multipart message: text/plain preferred, quoted-printable cp1251, attachments listed', async () => {
    const qp = [...encode('Прошу разобраться.', 'windows-1251')].map((b) => (b < 128 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase()}`)).join('');
    const eml = [
      'From: =?utf-8?B?' + Buffer.from('Іван Іваноў').toString('base64') + '?= <ivan@example.by>',
      'To: kgb@example.by',
      'Subject: =?windows-1251?B?' + Buffer.from(encode('Заявление', 'windows-1251')).toString('base64') + '?=',
      'Date: Sun, 19 Dec 2021 10:04:00 +0300',
      'Message-ID: <abc@example.by>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="XX"',
      '',
      'preamble',
      '--XX',
      'Content-Type: multipart/alternative; boundary=YY',
      '',
      '--YY',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>HTML version</p>',
      '--YY',
      'Content-Type: text/plain; charset=windows-1251',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      qp + '=',
      '',
      '--YY--',
      '--XX',
      'Content-Type: image/jpeg; name="photo.jpg"',
      'Content-Disposition: attachment; filename="photo.jpg"',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from('0123456789').toString('base64'),
      '--XX--',
      '',
    ].join('\r\n');
    expect(flatten(await collect(readEml(bytes(eml), 'a.eml')))).toEqual([
      {
        line: 1,
        record: {
          message_id: 'abc@example.by',
          date: 'Sun, 19 Dec 2021 10:04:00 +0300',
          from: 'Іван Іваноў <ivan@example.by>',
          from_name: 'Іван Іваноў',
          from_email: 'ivan@example.by',
          to: 'kgb@example.by',
          subject: 'Заявление',
          body: 'Прошу разобраться.',
          attachments: [{ name: 'photo.jpg', type: 'image/jpeg', size: 10 }],
        },
      },
    ]);
  });

  it('converts an HTML-only body to text, base64 koi8-r', async () => {
    const html = Buffer.from(encode('<p>Первый абзац</p><p>Второй&nbsp;абзац</p>', 'koi8-r')).toString('base64');
    const eml = `From: a@b.c\nSubject: x\nContent-Type: text/html; charset=koi8-r\nContent-Transfer-Encoding: base64\n\n${html}\n`;
    expect(flatten(await collect(readEml(bytes(eml), 'a.eml')))).toEqual([
      { line: 1, record: { from: 'a@b.c', from_email: 'a@b.c', subject: 'x', body: 'Первый абзац\n\nВторой абзац', attachments: [] } },
    ]);
  });

  it('splits an mbox at From_ lines, unescapes >From, and rejects a message without headers', async () => {
    const mbox = [
      'From ivan@example.by Sun Dec 19 10:04:00 2021',
      'From: ivan@example.by',
      'Subject: one',
      '',
      '>From the start, I',
      'write to you.',
      '',
      'From x Sun Dec 19 10:05:00 2021',
      'just text, no headers',
      '',
      'From petr@example.by Sun Dec 19 10:06:00 2021',
      'From: petr@example.by',
      'Subject: =?utf-8?Q?=D0=B4=D0=B2=D0=B0?=',
      '',
      'Тело',
      '',
    ].join('\n');
    expect(flatten(await collect(readMbox(bytes(mbox), 'a.mbox')))).toEqual([
      { line: 2, record: { from: 'ivan@example.by', from_email: 'ivan@example.by', subject: 'one', body: 'From the start, I\nwrite to you.', attachments: [] } },
      { line: 9, code: 'E_MAIL_FORMAT', message: 'the message has no e-mail headers (From, Subject, Date)' },
      { line: 12, record: { from: 'petr@example.by', from_email: 'petr@example.by', subject: 'два', body: 'Тело', attachments: [] } },
    ]);
  });
});

describe('e-mail without declared charsets', () => {
  it('reads raw 8-bit cp1251 headers and an undeclared cp1251 body', async () => {
    const head = Buffer.from('From: a@b.c\nSubject: ');
    const subject = encode('Жалоба на соседа', 'windows-1251');
    const body = encode('Прошу принять меры, сосед шумит каждую ночь.', 'windows-1251');
    const chunks: TextChunks = (async function* () {
      const buf = Buffer.concat([head, subject, Buffer.from('\n\n'), body, Buffer.from('\n')]);
      yield { text: buf.toString('latin1'), bytes: buf.length };
    })();
    expect(flatten(await collect(readEml(chunks, 'a.eml')))).toEqual([
      { line: 1, record: { from: 'a@b.c', from_email: 'a@b.c', subject: 'Жалоба на соседа', body: 'Прошу принять меры, сосед шумит каждую ночь.', attachments: [] } },
    ]);
  });
});
