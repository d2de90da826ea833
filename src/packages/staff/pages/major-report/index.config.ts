export default definePageConfig({ navigationBarTitleText: '重大投诉报告' });
