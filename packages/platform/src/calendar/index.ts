/** The operator's calendar: local days, financial years, periods, working days and business hours. */
export * from './business-hours.js'
export * from './financial-year.js'
export * from './operator-calendar.js'
export * from './period.js'
export * from './rollup-calendar.js'
export * from './settings.js'
export * from './working-days.js'
export * from './zone.js'
