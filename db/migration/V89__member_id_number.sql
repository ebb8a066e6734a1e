-- A member's ID number (身份证号, issue 21), optional. id_number holds the number, or with
-- helituan.security.field-key set its SM4 ciphertext ("sm4:" + Base64 of IV, ciphertext and GCM tag; see
-- domain/common/FieldCipher), so it is wide enough for either. Ciphertexts of one number differ, so a live member's
-- number is unique on its digest (HMAC-SM3 under the key, SM3 without), which the application writes beside it.
-- Archived (removed) members keep theirs without blocking a new member with the same number.
ALTER TABLE member ADD COLUMN id_number varchar(100);
ALTER TABLE member ADD COLUMN id_number_digest varchar(64);
CREATE UNIQUE INDEX member_id_number_live_uq ON member (id_number_digest) WHERE NOT archived;
