/** People (issue 12): invitations, role sets, study pace — pure rules shared by pages and functions. */
export * from './invitation';
export * from './roles';
export * from './study';
