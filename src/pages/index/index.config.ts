export default definePageConfig({
  navigationBarTitleText: '西山镇法律服务工作站',
  enablePullDownRefresh: true,
  enableShareAppMessage: true,
});
