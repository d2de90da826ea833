// Shared by a11y-plugin.js (build time, template) and a11y-runtime.js (run time, aliases).
const ATTRS = { 'aria-label': "''", 'aria-role': "''", 'aria-hidden': "''", 'aria-checked': "''", 'aria-pressed': "''" };
const NAMES = ['View', 'Text', 'Button', 'Input', 'Textarea', 'Image', 'Navigator'];

const A11Y_COMPONENTS = {};
for (const name of NAMES) A11Y_COMPONENTS[name] = Object.assign({}, ATTRS);

module.exports = { A11Y_COMPONENTS };
