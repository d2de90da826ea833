export default definePageConfig({ navigationBarTitleText: '回访明细表' });
