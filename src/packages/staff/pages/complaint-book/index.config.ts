export default definePageConfig({ navigationBarTitleText: '投诉记录本' });
