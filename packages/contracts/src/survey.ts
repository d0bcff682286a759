/** Survey contracts. */
export const surveySchemas: object[] = []
