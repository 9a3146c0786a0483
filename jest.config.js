module.exports = {
  projects: ['<rootDir>/libs/validation', '<rootDir>/libs/territories', '<rootDir>/apps/api', '<rootDir>/apps/web', '<rootDir>/schemas', '<rootDir>/tools'],
};
