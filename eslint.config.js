// ESLint 9 flat config.
//   - all JS/TS: @eslint/js recommended
//   - TypeScript (src, tests, demo, vite.config.ts): typescript-eslint
//     recommendedTypeChecked through the project service (tsconfig.json)
//   - Lit / web components / accessibility of templates: eslint-plugin-lit,
//     eslint-plugin-wc, eslint-plugin-lit-a11y
//   - eslint-config-prettier last: formatting is Prettier's job (`prettier --check`).
import { defineConfig, globalIgnores } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import litPlugin from 'eslint-plugin-lit';
import wcPlugin from 'eslint-plugin-wc';
import litA11yPlugin from 'eslint-plugin-lit-a11y';
import prettierConfig from 'eslint-config-prettier';
import globals from 'globals';

const TS_FILES = ['**/*.ts'];
const JS_FILES = ['**/*.js', '**/*.mjs', '**/*.cjs'];
const COMPONENT_FILES = ['src/**/*.ts', 'demo/**/*.ts', 'tests/**/*.ts'];
const TEST_FILES = ['tests/**/*.ts'];

export default defineConfig(
  globalIgnores(['dist/', 'node_modules/', 'coverage/', 'tests/screenshots/']),
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  js.configs.recommended,

  // --- TypeScript, type-aware --------------------------------------------------
  {
    files: TS_FILES,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // `_`-prefixed names are deliberately unused (callbacks, destructuring).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  // Plain JS (config files, scripts): no type information, no type-aware rules.
  {
    files: JS_FILES,
    extends: [tseslint.configs.disableTypeChecked],
  },

  // --- Lit, web components, template accessibility ------------------------------
  {
    files: COMPONENT_FILES,
    extends: [
      litPlugin.configs['flat/recommended'],
      wcPlugin.configs['flat/best-practice'],
      // eslint-plugin-lit-a11y 5.x: `configs.recommended` is already a flat config
      // (plugin object + rules); there is no separate 'flat/…' entry.
      litA11yPlugin.configs.recommended,
    ],
    settings: {
      wc: { elementBaseClasses: ['LitElement'] },
    },
    rules: {
      // LitElement always defines connectedCallback/disconnectedCallback etc., so
      // `super.connectedCallback()` needs no `if (super.connectedCallback)` guard.
      'wc/guard-super-call': 'off',
    },
  },

  // --- Globals per environment --------------------------------------------------
  {
    files: ['src/**/*.ts', 'demo/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: TEST_FILES,
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    rules: {
      // chai: `expect(x).to.be.true` is an expression statement.
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // @open-wc/semantic-dom-diff types chai's `equal`/`eq`/`equals` as returning a
      // Promise (a typing bug: the runtime is synchronous), which would flag every
      // `expect(a).to.equal(b)`. Only those calls are exempt; an un-awaited
      // fixture() or `.to.be.accessible()` is still reported.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', name: 'Equal', package: '@open-wc/semantic-dom-diff' },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', '*.config.js', '*.config.mjs', '*.config.ts', '*.config.cjs'],
    languageOptions: { globals: { ...globals.node } },
  },

  // Last: turn off every rule that would fight Prettier.
  prettierConfig,
);
