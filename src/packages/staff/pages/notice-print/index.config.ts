export default definePageConfig({ navigationBarTitleText: '打印一次性告知书' });
