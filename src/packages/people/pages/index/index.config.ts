// enableShareAppMessage: the admin forwards the join page of a new invitation from here (weapp)
export default definePageConfig({ navigationBarTitleText: '人员管理', enableShareAppMessage: true });
