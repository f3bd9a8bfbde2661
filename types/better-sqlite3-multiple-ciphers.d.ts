// better-sqlite3-multiple-ciphers is better-sqlite3 built on SQLite3 Multiple Ciphers: the same API,
// so it takes better-sqlite3's types.
declare module 'better-sqlite3-multiple-ciphers' {
  import Database from 'better-sqlite3';
  export = Database;
}
