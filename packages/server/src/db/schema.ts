// The database schema, one file per area; drizzle-kit reads this barrel.
export * from './schema/org.js';
export * from './schema/projects.js';
export * from './schema/journal.js';
export * from './schema/progress.js';
