# language: tr
@section-7 @1688 @myinvois @faults @myinvois-faults
Özellik: Kendi adına düzenlenen e-fatura — MyInvois’e ulaşılamadığında
  Alıcı kendi adına düzenlenen bir e-faturayı gönderirken MyInvois bağlantıyı keser ya da hata
  verirse, alıcıya MyInvois’e şu anda ulaşılamadığı bildirilir, hiçbir şey gönderilmez ve aynı
  e-faturayı daha sonra tekrar göndermek işe yarar.

  Geçmiş:
    Diyelim ki telefon numarası "+60" ile başlayan bir alıcı
    Ve alıcı yolculuğa başlamış
    Ve alıcı 1688 siparişlerini ödemiş
      | order | offerId      | specId            | quantity |
      | A     | 610000000001 | 610000000001-gray | 2        |

  @SCN-INV-11 @INV-02
  Senaryo taslağı: MyInvois gönderimde <kind> arızası veriyor; tekrar göndermek işe yarar
    Diyelim ki MyInvois sonraki e-fatura gönderiminde <kind> arızası veriyor
    Eğer ki alıcı "A" siparişinin kendi adına düzenlenen e-faturasını "009" sınıflandırması ve "INV-0011" e-fatura numarasıyla gönderir
    O zaman alıcıya MyInvois hizmetine şu anda ulaşılamadığı bildirilir
    Ve MyInvois "INV-0011" e-faturasını hiç almamış
    Eğer ki alıcı aynı e-faturayı tekrar gönderir
    O zaman MyInvois e-faturayı "009" sınıflandırmasıyla geçerli olarak kabul eder
    Ve MyInvois "INV-0011" e-faturasını bir kez almış

    Örnekler:
      | kind             |
      | connection-reset |
      | http-503         |
