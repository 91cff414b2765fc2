// Pure domain functions (no I/O): periods, indicators, warning lights, forecasts.
export * from './periods.js';
export * from './format.js';
export * from './indicators.js';
export * from './group-indicators.js';
export * from './lights.js';
export * from './forecast.js';
export * from './notification-text.js';
export * from './workdays.js';
export * from './transitions.js';
export * from './problems.js';
export * from './supervision.js';
export * from './holidays-2026.js';
export * from './formalities.js';
export * from './formality-timing.js';
export * from './factors.js';
export * from './rankings.js';
