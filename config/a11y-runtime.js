// Runtime half of a11y-plugin.js: the mini-program runtime must know the same extra attributes as
// the generated template, or the attribute aliases (p0, p1, …) would not line up.
import { mergeInternalComponents } from '@tarojs/shared';
import { A11Y_COMPONENTS } from './a11y-attrs';

mergeInternalComponents(A11Y_COMPONENTS);
