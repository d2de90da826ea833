/** Moved to src/components/photos (issue 11: residents' legal-aid pages use it too). */
export { LetterPhotos, type LetterPhoto } from '../../../../components/photos/LetterPhotos';
