# language: tr
@section-99 @help
Özellik: Yardım — alıcının sorularını kim ve ne zaman yanıtlar
  SEA Müşteri Hizmetleri (WorldFirst). Müşteri hizmetleri çalışma saatleri: Pazartesi – Cuma,
  09:00 – 17:00 (yerel saatle). E-posta destek hattı: taleplerinize 1-2 iş günü içinde yanıt veririz.
  World Pay (跨境宝) ve 1688.com ile ilgili başka sorularınız varsa 1688.com Müşteri Hizmetleri
  hattını arayın: 400-800-1688. Çalışma saatleri: Pazartesi – Cuma, 9:00 – 18:00 (GMT+8).
  Rehber, SEA hattının hangi "yerel saate" göre çalıştığını söylemiyor: numarası (+65)
  Singapur’da olduğu için Singapur saatini esas alıyoruz; bu da 1688.com gibi GMT+8’dir.

  @SCN-SUP-01 @SUP-01 @ui
  Senaryo: WorldFirst SEA Müşteri Hizmetlerine e-postayla ve telefonla ulaşılır
    Eğer ki alıcı yardım sayfasını açar
    O zaman WorldFirst Müşteri Hizmetlerine "seaclients@service.worldfirst.com" adresinden yazılabilir ve yanıt "1-2" iş günü içinde gelir
    Ve WorldFirst Müşteri Hizmetleri "+65 6805 4380" numarasından Pazartesi’den Cuma’ya yerel saatle "09:00" ile "17:00" arasında aranabilir

  @SCN-SUP-02 @SUP-02 @ui
  Senaryo: 1688.com Müşteri Hizmetleri hattı ve çalışma saatleri
    Eğer ki alıcı yardım sayfasını açar
    O zaman 1688.com Müşteri Hizmetleri hattı "400-800-1688", Pazartesi’den Cuma’ya "9:00" ile "18:00" arası (GMT+8)

  @SCN-SUP-03 @SUP-01 @SUP-02
  Senaryo taslağı: İş gününde iki hattın da çalışma saatinde iki hat da telefonu açar
    Eğer ki alıcı yardım sayfasını "<time>" (GMT+8) saatinde açar
    O zaman WorldFirst Müşteri Hizmetleri o saatte telefonu açar
    Ve 1688.com hattı o saatte telefonu açar

    Örnekler:
      | time             |
      | 2026-01-05 09:00 |
      | 2026-01-09 16:59 |

  @SCN-SUP-04 @SUP-01 @SUP-02
  Senaryo taslağı: 17:00 ile 18:00 arasında yalnızca 1688.com hattı telefonu açar
    Eğer ki alıcı yardım sayfasını "<time>" (GMT+8) saatinde açar
    O zaman WorldFirst Müşteri Hizmetleri o saatte telefonu açmaz
    Ve 1688.com hattı o saatte telefonu açar

    Örnekler:
      | time             |
      | 2026-01-05 17:00 |
      | 2026-01-09 17:59 |

  @SCN-SUP-05 @SUP-01 @SUP-02
  Senaryo taslağı: 9:00’dan önce, 18:00’den sonra ve hafta sonu iki hat da telefonu açmaz
    Eğer ki alıcı yardım sayfasını "<time>" (GMT+8) saatinde açar
    O zaman WorldFirst Müşteri Hizmetleri o saatte telefonu açmaz
    Ve 1688.com hattı o saatte telefonu açmaz

    Örnekler:
      | time             |
      | 2026-01-05 08:59 |
      | 2026-01-09 18:00 |
      | 2026-01-10 10:00 |
      | 2026-01-11 12:00 |
