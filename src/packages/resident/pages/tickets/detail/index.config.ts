export default definePageConfig({ navigationBarTitleText: '事项进度', enablePullDownRefresh: true });
