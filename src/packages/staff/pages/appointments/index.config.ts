export default definePageConfig({ navigationBarTitleText: '预约日程', enablePullDownRefresh: true });
