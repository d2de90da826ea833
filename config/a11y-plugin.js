/**
 * A small Taro plugin: lets `ariaLabel` / `ariaRole` / … (from src/ui/a11y.ts) reach the WeChat
 * template as `aria-label` / `aria-role`, which WeChat's screen reader reads. Without it Taro's
 * generated base.wxml drops them (it keeps only the attributes it knows per component).
 * Two halves must agree: the template (here, at build time) and the runtime's alias table
 * (a11y-runtime.js, appended to the platform's runtime files).
 */
const path = require('node:path');
const { A11Y_COMPONENTS } = require('./a11y-attrs');

module.exports = (ctx) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform) {
      const template = platform && platform.template;
      if (!template || typeof template.mergeComponents !== 'function') return; // H5: nothing to do
      template.mergeComponents(ctx, JSON.parse(JSON.stringify(A11Y_COMPONENTS)));
      const current = Array.isArray(platform.runtimePath) ? platform.runtimePath : [platform.runtimePath];
      platform.runtimePath = [...current, path.resolve(__dirname, 'a11y-runtime.js')];
    },
  });
};
