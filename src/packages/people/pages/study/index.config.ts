export default definePageConfig({ navigationBarTitleText: '学习培训' });
