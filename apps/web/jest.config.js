module.exports = {
  ...require('../../jest.preset'),
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
};
