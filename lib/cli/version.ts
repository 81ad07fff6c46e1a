export const version = '0.1.0';
/** The Report's schema version (design notes): bump it, with a note, when its shape changes incompatibly. */
export const reportSchema = 1;
