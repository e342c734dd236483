/** A problem with one input file, located well enough for a person to fix it. */
export interface InputError {
  /** The file as the user names it: "data/articles/003.md". */
  file: string;
  /** 1-based line in that file, when the problem has one. */
  line: number | null;
  /** The field at fault: "published", "identification.evidence[0].quote". */
  field: string | null;
  /** What was expected and what was found. */
  message: string;
}

/** Formats an input error as `file:line: field: message`, leaving out the parts it lacks. */
export function formatInputError(error: InputError): string {
  const where = error.line === null ? error.file : `${error.file}:${error.line}`;
  return error.field === null
    ? `${where}: ${error.message}`
    : `${where}: ${error.field}: ${error.message}`;
}
