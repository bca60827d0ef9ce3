# language: tr
@section-1 @alipay
Özellik: Alipay kişisel hesabı — kimlik doğrulama, lokasyon ve adres, kişisel bilgiler
  Alipay kişisel hesabına neden ihtiyacınız var?
  1688 hesabınızın doğrulanması için Alipay kişisel hesabınıza ihtiyaç duyulmaktadır.
  Eğer 1688 hesabınız doğrulanmışsa, bu adımı geçebilirsiniz.

  Alipay kişisel hesabınızı açmak için kaydolun: "Doğrulama kodunu girin" adımından sonra
  Doğrulama Merkezi’nde "Kimliğinizi doğrulayın", "Lokasyon ve adres bilgilerini girin" ve
  "Kişisel bilgilerinizi tamamlayın" gelir — bu sırayla, her adım ancak bir öncekinden sonra.
  Rehberde yer almayan Alipay kuralları: pasaport veya kimlik kartı, numarası 5–20 büyük harf
  ya da rakam; alıcı Alipay’in tarihine göre en az 18 yaşında; uyruk ve ülke iki harfli ISO
  kodlarıyla; posta kodu ve e-posta isteğe bağlı.

  Geçmiş:
    Diyelim ki telefon numarası "+60" ile başlayan bir alıcı
    Ve alıcı yolculuğa başlamış
    Ve bugünün tarihi "2026-01-05"

  @SCN-ALI-ACCT-01 @ALI-01 @ALI-04 @ALI-05 @ALI-06 @ui
  Senaryo: Alıcı Alipay kişisel hesabını tamamlar
    Diyelim ki alıcı telefon numarasını Alipay’de doğrulamış
    Eğer ki alıcı kimliğini doğrular
    O zaman kimlik doğrulanır
    Eğer ki alıcı lokasyon ve adres bilgilerini girer
    O zaman lokasyon ve adres bilgileri kaydedilir
    Eğer ki alıcı kişisel bilgilerini tamamlar
    O zaman Alipay kişisel hesabı tamamlanır
    Ve sıradaki adım "1688 hesabınızı açın - Kişisel Hesap"

  @SCN-ALI-ACCT-02 @ALI-04
  Senaryo taslağı: 5 ile 20 arasında büyük harf veya rakamdan oluşan belge numarası kabul edilir
    Diyelim ki alıcı telefon numarasını Alipay’de doğrulamış
    Eğer ki alıcı kimliğini "documentNumber" alanına "<document number>" girerek doğrular
    O zaman kimlik doğrulanır

    Örnekler:
      | document number      |
      | A1234                |
      | K12345678            |
      | 12345678901234567890 |

  @SCN-ALI-ACCT-03 @ALI-04
  Senaryo taslağı: Kurala uymayan kimlik bilgisi reddedilir ve hiçbir şey kaydedilmez; yanıt hangi alanın hangi kuralı ihlal ettiğini söyler
    Diyelim ki alıcı telefon numarasını Alipay’de doğrulamış
    Eğer ki alıcı kimliğini "<field>" alanına "<value>" girerek doğrular
    O zaman istek reddedilir: "<field>" alanı "<rule>" kuralını ihlal ediyor
    Ve sıradaki adım "Kimliğinizi doğrulayın"

    Örnekler:
      | field          | value                 | rule            |
      | documentNumber | A123                  | document-number |
      | documentNumber | A1234567890123456789X | document-number |
      | documentNumber | a12345678             | document-number |
      | documentNumber | A-1234567             | document-number |
      | documentType   | DRIVING_LICENCE       | one-of          |
      | nationality    | XX                    | iso-country     |
      | nationality    | MYS                   | iso-country     |
      | dateOfBirth    | 12/04/1990            | iso-date        |
      | dateOfBirth    | 1990-02-30            | iso-date        |
      | documentType   |                       | required        |
      | documentNumber |                       | required        |
      | fullName       |                       | required        |
      | nationality    |                       | required        |
      | dateOfBirth    |                       | required        |

  @SCN-ALI-ACCT-04 @ALI-04
  Senaryo: Bugün 18 yaşına giren alıcı kimliğini doğrulayabilir
    Diyelim ki alıcı telefon numarasını Alipay’de doğrulamış
    Eğer ki alıcı kimliğini "dateOfBirth" alanına "2008-01-05" girerek doğrular
    O zaman kimlik doğrulanır

  @SCN-ALI-ACCT-05 @ALI-04
  Senaryo: Yarın 18 yaşına girecek alıcı reşit olmadığı için reddedilir
    Diyelim ki alıcı telefon numarasını Alipay’de doğrulamış
    Eğer ki alıcı kimliğini "dateOfBirth" alanına "2008-01-06" girerek doğrular
    O zaman istek reddedilir: "dateOfBirth" alanı "adult" kuralını ihlal ediyor
    Ve sıradaki adım "Kimliğinizi doğrulayın"

  @SCN-ALI-ACCT-06 @ALI-04
  Senaryo: Doğrulama Merkezi’nin doğrulayamadığı kimlik belgesi reddedilir ve hiçbir şey kaydedilmez
    Diyelim ki alıcı telefon numarasını Alipay’de doğrulamış
    Eğer ki alıcı kimliğini "documentNumber" alanına "FAIL12345" girerek doğrular
    O zaman Doğrulama Merkezi kimliği doğrulamaz
    Ve sıradaki adım "Kimliğinizi doğrulayın"

  @SCN-ALI-ACCT-07 @ALI-05
  Senaryo taslağı: Kurala uymayan adres reddedilir; yanıt hangi alanın hangi kuralı ihlal ettiğini söyler
    Diyelim ki alıcı telefon numarasını Alipay’de doğrulamış
    Ve alıcı kimliğini doğrulamış
    Eğer ki alıcı lokasyon ve adres bilgilerini "<field>" alanına "<value>" yazarak girer
    O zaman istek reddedilir: "<field>" alanı "<rule>" kuralını ihlal ediyor
    Ve sıradaki adım "Lokasyon ve adres bilgilerini girin"

    Örnekler:
      | field       | value         | rule        |
      | country     | Malaysia      | iso-country |
      | country     | my            | iso-country |
      | postalCode  | 1234567890123 | postal-code |
      | postalCode  | 47300#        | postal-code |
      | country     |               | required    |
      | region      |               | required    |
      | city        |               | required    |
      | addressLine |               | required    |

  @SCN-ALI-ACCT-08 @ALI-05
  Senaryo: Posta kodu boş bırakılabilir
    Diyelim ki alıcı telefon numarasını Alipay’de doğrulamış
    Ve alıcı kimliğini doğrulamış
    Eğer ki alıcı lokasyon ve adres bilgilerini "postalCode" alanına "" yazarak girer
    O zaman lokasyon ve adres bilgileri kaydedilir

  @SCN-ALI-ACCT-09 @ALI-05
  Senaryo: Kaydedilen adres düzeltilebilir
    Diyelim ki alıcı telefon numarasını Alipay’de doğrulamış
    Ve alıcı kimliğini doğrulamış
    Ve alıcı lokasyon ve adres bilgilerini girmiş
    Eğer ki alıcı lokasyon ve adres bilgilerini "city" alanına "Kuala Lumpur" yazarak girer
    O zaman lokasyon ve adres bilgileri kaydedilir
    Ve sıradaki adım "Kişisel bilgilerinizi tamamlayın"

  @SCN-ALI-ACCT-10 @ALI-06
  Senaryo taslağı: Kurala uymayan kişisel bilgiler reddedilir; yanıt hangi alanın hangi kuralı ihlal ettiğini söyler
    Diyelim ki alıcı telefon numarasını Alipay’de doğrulamış
    Ve alıcı kimliğini doğrulamış
    Ve alıcı lokasyon ve adres bilgilerini girmiş
    Eğer ki alıcı kişisel bilgilerini "<field>" alanına "<value>" yazarak tamamlar
    O zaman istek reddedilir: "<field>" alanı "<rule>" kuralını ihlal ediyor
    Ve sıradaki adım "Kişisel bilgilerinizi tamamlayın"

    Örnekler:
      | field      | value                | rule     |
      | occupation |                      | required |
      | email      | buyer-at-example.com | email    |
      | email      | buyer@               | email    |

  @SCN-ALI-ACCT-11 @ALI-06
  Senaryo: E-posta adresi boş bırakılabilir
    Diyelim ki alıcı telefon numarasını Alipay’de doğrulamış
    Ve alıcı kimliğini doğrulamış
    Ve alıcı lokasyon ve adres bilgilerini girmiş
    Eğer ki alıcı kişisel bilgilerini "email" alanına "" yazarak tamamlar
    O zaman Alipay kişisel hesabı tamamlanır

  @SCN-ALI-ACCT-12 @ALI-04 @JRN-02
  Senaryo: SMS ile gelen kod girilmeden kimlik doğrulanamaz
    Eğer ki alıcı kimliğini doğrular
    O zaman "Doğrulama kodunu girin" adımı tamamlanana kadar istek reddedilir

  @SCN-ALI-ACCT-13 @ALI-05 @JRN-02
  Senaryo: Kimlik doğrulanmadan adres kaydedilemez
    Diyelim ki alıcı telefon numarasını Alipay’de doğrulamış
    Eğer ki alıcı lokasyon ve adres bilgilerini girer
    O zaman "Kimliğinizi doğrulayın" adımı tamamlanana kadar istek reddedilir

  @SCN-ALI-ACCT-14 @ALI-06 @JRN-02
  Senaryo: Adres kaydedilmeden kişisel bilgiler tamamlanamaz
    Diyelim ki alıcı telefon numarasını Alipay’de doğrulamış
    Ve alıcı kimliğini doğrulamış
    Eğer ki alıcı kişisel bilgilerini tamamlar
    O zaman "Lokasyon ve adres bilgilerini girin" adımı tamamlanana kadar istek reddedilir

  @SCN-ALI-ACCT-15 @ALI-06 @JRN-02
  Senaryo: Adım atlayan alıcı tamamlanmamış ilk adıma geri gönderilir
    Eğer ki alıcı kişisel bilgilerini tamamlar
    O zaman "Doğrulama kodunu girin" adımı tamamlanana kadar istek reddedilir
