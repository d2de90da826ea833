/**
 * Three projects: `node` (domain, server, adapters, functions), `jsdom` (components, with Taro
 * mapped to small DOM doubles), and `browser` (Playwright driving Debian's Chromium against the
 * H5 build served by the gateway; needs `npm run build:h5` first — `npm test` does it).
 */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' }, module: { type: 'commonjs' } }];

module.exports = {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j)sx?$': swc },
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/components/', '<rootDir>/test/browser/'],
    },
    {
      displayName: 'jsdom',
      testEnvironment: 'jsdom',
      transform: { '^.+\\.(t|j)sx?$': swc },
      testMatch: ['<rootDir>/test/components/**/*.test.tsx'],
      moduleNameMapper: {
        '^@tarojs/components$': '<rootDir>/test/components/doubles/components.tsx',
        '^@tarojs/taro$': '<rootDir>/test/components/doubles/taro.ts',
        '\\.(css|scss)$': '<rootDir>/test/components/doubles/style.ts',
      },
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j)sx?$': swc },
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
    },
  ],
};
