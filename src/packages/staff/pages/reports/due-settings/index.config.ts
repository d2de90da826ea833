export default definePageConfig({ navigationBarTitleText: '报送期限' });
