/** LIKE's own wildcards in a reader's search are taken literally (the pattern goes with ESCAPE '\'). */
export const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
