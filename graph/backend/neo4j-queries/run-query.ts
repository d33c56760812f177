/** Runs one read statement with parameters; rows come back as objects keyed by the RETURN names. */
export type RunQuery = <Row>(statement: string, parameters?: Record<string, unknown>) => Promise<Row[]>;
