/** Liaison contracts. */
export const liaisonSchemas: object[] = []
