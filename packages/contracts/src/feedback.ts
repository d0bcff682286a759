/** Feedback contracts. */
export const feedbackSchemas: object[] = []
