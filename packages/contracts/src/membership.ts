/** Membership contracts. */
export const membershipSchemas: object[] = []
