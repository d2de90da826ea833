export default definePageConfig({ navigationBarTitleText: '工作人员公示', enableShareAppMessage: true });
