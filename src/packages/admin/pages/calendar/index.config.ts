export default definePageConfig({ navigationBarTitleText: '办公日历' });
