/** A yes/no column read back: SQLite keeps it as 0/1, PostgreSQL as a BOOLEAN, so both forms are accepted. */
export const flagFrom = (value: number | boolean): boolean => value === true || value === 1;
