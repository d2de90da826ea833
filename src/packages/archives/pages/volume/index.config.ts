export default definePageConfig({ navigationBarTitleText: '案卷' });
