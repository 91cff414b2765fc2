// The database schema, one file per area; drizzle-kit reads this barrel.
export * from './schema/org.js';
export * from './schema/projects.js';
export * from './schema/journal.js';
export * from './schema/progress.js';
export * from './schema/figures.js';
export * from './schema/notifications.js';
export * from './schema/attachments.js';
export * from './schema/unstuck.js';
