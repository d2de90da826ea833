export default definePageConfig({ navigationBarTitleText: '登记评价' });
