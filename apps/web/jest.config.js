const preset = require('../../jest.preset');

module.exports = {
  ...preset,
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: '<rootDir>/test/jsdom-environment.js',
  // Vite's `?url` imports (schema templates) become their path; CSS is Vite's business, not the tests'.
  moduleNameMapper: { '\\?url$': '<rootDir>/test/asset-url.js', '^@maillage-schemas/(.*)$': '<rootDir>/../../schemas/$1', '\\.css$': '<rootDir>/test/asset-url.js', ...preset.moduleNameMapper },
  // Ships only as ES modules: let SWC turn it into CommonJS like our sources.
  transformIgnorePatterns: ['/node_modules/(?!react-hotkeys-hook/)'],
};
