export default definePageConfig({ navigationBarTitleText: '回访汇总表' });
