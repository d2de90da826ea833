export default definePageConfig({ navigationBarTitleText: '办理来件', enablePullDownRefresh: true });
