// Style imports (app.css, …) are nothing in component tests.
export default {};
