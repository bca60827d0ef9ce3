# language: tr
@section-2 @1688
Özellik: 1688 hesabı — 1688 hesabınızı açın - Kişisel Hesap
  1688 hesabı nasıl açılır? 1688.com websitesini ziyaret edin ve 1688 hesabınızı açın. Eğer
  uluslararası bir kullanıcıysanız (Çin’deki bir işletme değilseniz), lütfen kişisel hesap olarak
  başvurun (个人账户注册); kurumsal hesap formu (企业账户注册) Çin’de alınmış bir ticari lisans ister.

  Bilgilerinizi girin: Üye adı (会员名), Şifre (登录密码), Şifre Tekrarı (密码确认), Ülke kodu ve
  Telefon Numarası (手机号码, 中国大陆 +86 önceden seçilidir), kaydırıcıyı en sağa sürükleyin
  (请按住滑块，拖动到最右边), Alibaba hizmet koşullarını, gizlilik bildirimini ve Alipay hizmet
  sözleşmesini kabul edin, ardından 同意并注册. Telefonunuza bir doğrulama kodu (校验码) gelir:
  15 dakika geçerlidir, kimseyle paylaşmayın; yeni bir koddan önce geri sayım işler (重发(52 s));
  ardından 提交.

  Websitesini İngilizce kullanmak için rehber, Google Çeviri’de “Çince’yi her zaman çevir.”
  seçeneğini önerir; referans sayfalar bunun yerine İngilizce, Rusça, Türkçe ve Çince sunulur.

  Rehberin söylemediği yerlerde bizim kurallarımız: üye adı 5 ile 25 karakter arasıdır, boşluk
  içermez ve büyük/küçük harften bağımsız olarak benzersizdir; şifre 6 ile 20 karakter arasıdır ve
  harf, rakam ve simgelerden en az ikisini içerir; yeni kod 60 sn sonra istenebilir ve öncekinin
  yerini alır; 5 yanlış giriş kodu kilitler; kod bir kez kullanılır.

  Geçmiş:
    Diyelim ki telefon numarası "+60" ile başlayan bir alıcı
    Ve alıcı yolculuğa başlamış

  @SCN-REG-01 @REG-01 @REG-02 @REG-04 @ui
  Senaryo: Alıcı SMS ile gelen kodla kişisel hesap açar
    Eğer ki alıcı 1688 kişisel hesabını açar
    O zaman alıcının telefonuna 15 dakika geçerli bir 1688 kodu gönderilir
    Eğer ki alıcı SMS ile gelen 1688 kodunu girer
    O zaman 1688 hesabı açılır

  @SCN-REG-02 @REG-03
  Senaryo taslağı: 5 ile 25 karakter arasındaki bir üye adı kabul edilir
    Eğer ki alıcı <length> karakterlik bir üye adıyla 1688 kişisel hesabını açar
    O zaman alıcının telefonuna 15 dakika geçerli bir 1688 kodu gönderilir

    Örnekler:
      | length |
      | 5      |
      | 25     |

  @SCN-REG-03 @REG-03
  Senaryo taslağı: 5 karakterden kısa ya da 25 karakterden uzun bir üye adı reddedilir
    Eğer ki alıcı <length> karakterlik bir üye adıyla 1688 kişisel hesabını açar
    O zaman istek reddedilir: "memberName" alanı "length-5-25" kuralını ihlal ediyor

    Örnekler:
      | length |
      | 4      |
      | 26     |

  @SCN-REG-04 @REG-03
  Senaryo: Boşluk içeren bir üye adı reddedilir
    Eğer ki alıcı "my shop" üye adıyla 1688 kişisel hesabını açar
    O zaman istek reddedilir: "memberName" alanı "no-whitespace" kuralını ihlal ediyor

  @SCN-REG-05 @REG-03
  Senaryo taslağı: Zaten kayıtlı bir üye adı, harflerin büyüklüğü ne olursa olsun reddedilir
    Diyelim ki "shopper" 1688 üye adı zaten kayıtlı
    Eğer ki alıcı "<member name>" üye adıyla 1688 kişisel hesabını açar
    O zaman üye adı alınmış olduğundan kayıt reddedilir

    Örnekler:
      | member name |
      | shopper     |
      | SHOPPER     |

  @SCN-REG-06 @REG-03
  Senaryo taslağı: İki tür karakter içeren 6 ile 20 karakterlik bir şifre kabul edilir
    Eğer ki alıcı "<password>" şifresiyle 1688 kişisel hesabını açar
    O zaman alıcının telefonuna 15 dakika geçerli bir 1688 kodu gönderilir

    Örnekler:
      | password             |
      | abc123               |
      | abcdefghij123456789! |
      | abcdef!@             |
      | 123456!@             |

  @SCN-REG-07 @REG-03
  Senaryo taslağı: Çok kısa, çok uzun ya da tek tür karakterden oluşan bir şifre reddedilir
    Eğer ki alıcı "<password>" şifresiyle 1688 kişisel hesabını açar
    O zaman istek reddedilir: "password" alanı "<rule>" kuralını ihlal ediyor

    Örnekler:
      | password              | rule                  |
      | abc12                 | length-6-20           |
      | abcdefghij123456789!x | length-6-20           |
      | abcdefgh              | two-character-classes |
      | 12345678              | two-character-classes |
      | !@#$%^&*              | two-character-classes |

  @SCN-REG-08 @REG-03
  Senaryo: Şifreden farklı bir Şifre Tekrarı reddedilir
    Eğer ki alıcı Şifre Tekrarı alanına farklı bir şifre yazarak 1688 kişisel hesabını açar
    O zaman istek reddedilir: "confirmPassword" alanı "equals-password" kuralını ihlal ediyor

  @SCN-REG-09 @REG-02 @REG-03
  Senaryo taslağı: Üç onaydan herhangi biri olmadan kayıt reddedilir
    Eğer ki alıcı "<consent>" kutusunu işaretlemeden 1688 kişisel hesabını açar
    O zaman istek reddedilir: "<consent>" alanı "must-be-true" kuralını ihlal ediyor

    Örnekler:
      | consent      |
      | agreeTerms   |
      | agreePrivacy |
      | agreeAlipay  |

  @SCN-REG-10 @REG-02 @REG-03
  Senaryo: Kaydırıcı doğrulaması olmadan kayıt reddedilir
    Eğer ki alıcı kaydırıcıya dokunmadan 1688 kişisel hesabını açar
    O zaman istek reddedilir: "sliderOffset" alanı "required" kuralını ihlal ediyor

  @SCN-REG-11 @REG-02 @REG-03
  Senaryo taslağı: En sağa kadar sürüklenmeyen kaydırıcı reddedilir
    Eğer ki alıcı kaydırıcıyı 300 üzerinden <offset> sürükleyerek 1688 kişisel hesabını açar
    O zaman kaydırıcı en sağa sürüklenmediğinden kayıt reddedilir

    Örnekler:
      | offset |
      | 0      |
      | 150    |
      | 299    |

  @SCN-REG-12 @REG-02 @REG-03
  Senaryo: Çubuğun tam sonuna kadar sürüklenen kaydırıcı yeterlidir
    Eğer ki alıcı kaydırıcıyı 300 üzerinden 300 sürükleyerek 1688 kişisel hesabını açar
    O zaman alıcının telefonuna 15 dakika geçerli bir 1688 kodu gönderilir

  @SCN-REG-13 @REG-02 @REG-03
  Senaryo taslağı: Hatalı ya da başka bir ülkeye ait telefon numarası reddedilir; yanıt hangi alanın hangi kuralı ihlal ettiğini söyler
    Eğer ki alıcı "<country code>" "<mobile>" telefon numarasıyla 1688 kişisel hesabını açar
    O zaman istek reddedilir: "<field>" alanı "<rule>" kuralını ihlal ediyor

    Örnekler:
      | country code | mobile      | field       | rule                      |
      | +60          | 12345       | mobile      | mobile-number-for-country |
      | +86          | 123456789   | mobile      | mobile-number-for-country |
      | +60          | 13812345678 | mobile      | mobile-number-for-country |
      | +60          | 12-34x-567  | mobile      | digits-only               |
      | +60          |             | mobile      | required                  |
      | +999         | 123456789   | countryCode | known-country-code        |
      | 60           | 123456789   | countryCode | known-country-code        |
      |              | 123456789   | countryCode | required                  |

  @SCN-REG-14 @REG-01
  Senaryo taslağı: Çin ticari lisansı olmadan kurumsal hesap formu reddedilir
    Eğer ki alıcı "<licence>" ticari lisansıyla 1688 kurumsal hesabı açar
    O zaman kurumsal hesap için Çin ticari lisansı gerektiğinden kayıt reddedilir

    Örnekler:
      | licence  |
      |          |
      | 12345678 |

  @SCN-REG-15 @REG-04
  Senaryo: Yanlış kod reddedilir ve deneme olarak sayılır
    Diyelim ki alıcı 1688 kayıt formunu göndermiş
    Eğer ki alıcı yanlış bir 1688 kodu girer
    O zaman kod yanlış olduğu için reddedilir, 4 deneme hakkı kalır

  @SCN-REG-16 @REG-04
  Senaryo: Kod, 15 dakikasının son saniyesinde hâlâ kabul edilir
    Diyelim ki alıcı 1688 kayıt formunu göndermiş
    Eğer ki aradan 899 saniye geçer
    Ve alıcı SMS ile gelen 1688 kodunu girer
    O zaman 1688 hesabı açılır

  @SCN-REG-17 @REG-04
  Senaryo: 15 dakikadan eski bir kod süresi dolmuş olarak reddedilir
    Diyelim ki alıcı 1688 kayıt formunu göndermiş
    Eğer ki aradan 15 dakika geçer
    Ve alıcı SMS ile gelen 1688 kodunu girer
    O zaman süresi dolduğu için kod reddedilir

  @SCN-REG-18 @REG-04
  Senaryo: Kod yalnızca bir kez kullanılır
    Diyelim ki alıcı 1688 kişisel hesabını açmış
    Eğer ki alıcı SMS ile gelen 1688 kodunu girer
    O zaman kod daha önce kullanıldığı için reddedilir

  @SCN-REG-19 @REG-04
  Senaryo taslağı: Geri sayım bitmeden 1688’den yapılan yeni kod isteği reddedilir
    Diyelim ki alıcı 1688 kayıt formunu göndermiş
    Eğer ki aradan <elapsed> saniye geçer
    Ve alıcı 1688’den kodu tekrar göndermesini ister
    O zaman yeni kod isteği reddedilir, geri sayımın bitmesine <left> saniye var

    Örnekler:
      | elapsed | left |
      | 0       | 60   |
      | 8       | 52   |
      | 59      | 1    |

  @SCN-REG-20 @REG-04
  Senaryo: Geri sayımdan sonra yeni kod gönderilir ve önceki kod geçersiz olur
    Diyelim ki alıcı 1688 kayıt formunu göndermiş
    Eğer ki aradan 60 saniye geçer
    Ve alıcı 1688’den kodu tekrar göndermesini ister
    O zaman SMS ile yeni bir 1688 kodu gelir
    Eğer ki alıcı önceki 1688 kodunu girer
    O zaman kod yanlış olduğu için reddedilir, 4 deneme hakkı kalır
    Eğer ki alıcı SMS ile gelen 1688 kodunu girer
    O zaman 1688 hesabı açılır

  @SCN-REG-21 @REG-04
  Senaryo taslağı: Yanlış biçimdeki kod reddedilir ve deneme olarak sayılmaz
    Diyelim ki alıcı 1688 kayıt formunu göndermiş
    Eğer ki alıcı "<code>" 1688 kodunu girer
    O zaman istek reddedilir: "code" alanı "<rule>" kuralını ihlal ediyor
    Eğer ki alıcı yanlış bir 1688 kodu girer
    O zaman kod yanlış olduğu için reddedilir, 4 deneme hakkı kalır

    Örnekler:
      | code    | rule       |
      | 12345   | six-digits |
      | 12a456  | six-digits |
      |         | required   |

  @SCN-REG-22 @REG-04 @JRN-02
  Senaryo: Kayıttan önce girilen kod, kayıt tamamlanana kadar reddedilir
    Eğer ki alıcı "123456" 1688 kodunu girer
    O zaman "1688 hesabınızı açın - Kişisel Hesap" adımı tamamlanana kadar istek reddedilir

  @SCN-REG-23 @REG-04 @JRN-02
  Senaryo: Kayıttan önce istenen yeni kod, kayıt tamamlanana kadar reddedilir
    Eğer ki alıcı 1688’den kodu tekrar göndermesini ister
    O zaman "1688 hesabınızı açın - Kişisel Hesap" adımı tamamlanana kadar istek reddedilir

  @SCN-REG-24 @REG-01 @JRN-02
  Senaryo: Bir yolculukta tek bir 1688 hesabı açılır: ikinci kayıt reddedilir
    Diyelim ki alıcı 1688 kişisel hesabını açmış
    Eğer ki alıcı "secondshop" üye adıyla 1688 kişisel hesabını açar
    O zaman "Telefonunuza gönderilen doğrulama kodunu girin" adımı zaten tamamlandığından istek reddedilir
