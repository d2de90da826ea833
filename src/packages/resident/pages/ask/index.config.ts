export default definePageConfig({ navigationBarTitleText: '咨询、建议、表扬' });
