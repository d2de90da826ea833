export default definePageConfig({ navigationBarTitleText: '季度分析与整改' });
