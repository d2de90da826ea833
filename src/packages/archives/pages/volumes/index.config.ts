export default definePageConfig({ navigationBarTitleText: '档案管理', enablePullDownRefresh: true });
