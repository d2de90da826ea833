export default definePageConfig({ navigationBarTitleText: '信息发布管理', enablePullDownRefresh: true });
