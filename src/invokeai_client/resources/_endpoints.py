"""Every generated operation the facade uses, by key: its whole dependency on ``invokeai_api``.

A key is ``"<tag>.<module>"``, the endpoint module's place in each version package
(``invokeai_api.v6_14.api.boards.list_boards``). Which server offers which key is in each package's
``operations.py``; ``path=`` pins a key to one route where versions reuse a name for another one.
"""

from __future__ import annotations

from ._api import endpoint

# -- app -------------------------------------------------------------------------------------------
app_version = endpoint("app.app_version")
clear_invocation_cache = endpoint("app.clear_invocation_cache")
disable_invocation_cache = endpoint("app.disable_invocation_cache")
enable_invocation_cache = endpoint("app.enable_invocation_cache")
get_app_deps = endpoint("app.get_app_deps")
get_config = endpoint("app.get_config")
get_invocation_cache_status = endpoint("app.get_invocation_cache_status")
get_log_level = endpoint("app.get_log_level")
get_runtime_config = endpoint("app.get_runtime_config")
set_log_level = endpoint("app.set_log_level")

# -- boards ----------------------------------------------------------------------------------------
add_images_to_board = endpoint("boards.add_images_to_board")
create_board = endpoint("boards.create_board")
delete_board = endpoint("boards.delete_board")
get_board = endpoint("boards.get_board")
list_all_board_image_names = endpoint("boards.list_all_board_image_names")
list_boards = endpoint("boards.list_boards")
remove_images_from_board = endpoint("boards.remove_images_from_board")
update_board = endpoint("boards.update_board")

# -- images ----------------------------------------------------------------------------------------
clear_intermediates = endpoint("images.clear_intermediates")
delete_image = endpoint("images.delete_image")
delete_images_from_list = endpoint("images.delete_images_from_list")
download_images_from_list = endpoint("images.download_images_from_list")
get_bulk_download_item = endpoint("images.get_bulk_download_item")
get_image_dto = endpoint("images.get_image_dto")
get_image_full = endpoint("images.get_image_full")
get_image_metadata = endpoint("images.get_image_metadata")
get_image_names = endpoint("images.get_image_names")
get_image_thumbnail = endpoint("images.get_image_thumbnail")
get_image_workflow = endpoint("images.get_image_workflow")
get_images_by_names = endpoint("images.get_images_by_names")
get_intermediates_count = endpoint("images.get_intermediates_count")
list_image_dtos = endpoint("images.list_image_dtos")
star_images_in_list = endpoint("images.star_images_in_list")
unstar_images_in_list = endpoint("images.unstar_images_in_list")
upload_image = endpoint("images.upload_image")

# -- model_manager ---------------------------------------------------------------------------------
cancel_model_install_job = endpoint("model_manager.cancel_model_install_job")
convert_model = endpoint("model_manager.convert_model")
delete_model = endpoint("model_manager.delete_model")
delete_model_image = endpoint("model_manager.delete_model_image")
do_hf_login = endpoint("model_manager.do_hf_login")
empty_model_cache = endpoint("model_manager.empty_model_cache")
get_hf_login_status = endpoint("model_manager.get_hf_login_status")
get_hugging_face_models = endpoint("model_manager.get_hugging_face_models")
get_model_image = endpoint("model_manager.get_model_image")
get_model_install_job = endpoint("model_manager.get_model_install_job")
get_model_record = endpoint("model_manager.get_model_record")
get_model_records_by_attrs = endpoint("model_manager.get_model_records_by_attrs")
get_starter_models = endpoint("model_manager.get_starter_models")
get_stats = endpoint("model_manager.get_stats")
install_model = endpoint("model_manager.install_model")
list_model_installs = endpoint("model_manager.list_model_installs")
list_model_records = endpoint("model_manager.list_model_records")
prune_model_install_jobs = endpoint("model_manager.prune_model_install_jobs")
reset_hf_token = endpoint("model_manager.reset_hf_token")
scan_for_models = endpoint("model_manager.scan_for_models")
update_model_image = endpoint("model_manager.update_model_image")
update_model_record = endpoint("model_manager.update_model_record")

# -- model_relationships ---------------------------------------------------------------------------
add_model_relationship = endpoint("model_relationships.add_model_relationship")
get_related_models = endpoint("model_relationships.get_related_models")
get_related_models_batch = endpoint("model_relationships.get_related_models_batch")
remove_model_relationship = endpoint("model_relationships.remove_model_relationship")

# -- queue -----------------------------------------------------------------------------------------
cancel_all_except_current = endpoint("queue.cancel_all_except_current")
cancel_by_batch_ids = endpoint("queue.cancel_by_batch_ids")
cancel_by_destination = endpoint("queue.cancel_by_destination")
cancel_queue_item = endpoint("queue.cancel_queue_item")
clear = endpoint("queue.clear")
counts_by_destination = endpoint("queue.counts_by_destination")
delete_all_except_current = endpoint("queue.delete_all_except_current")
delete_by_destination = endpoint("queue.delete_by_destination")
delete_queue_item = endpoint("queue.delete_queue_item")
enqueue_batch = endpoint("queue.enqueue_batch")
get_batch_status = endpoint("queue.get_batch_status")
get_current_queue_item = endpoint("queue.get_current_queue_item")
get_next_queue_item = endpoint("queue.get_next_queue_item")
get_queue_item = endpoint("queue.get_queue_item")
get_queue_item_ids = endpoint("queue.get_queue_item_ids")
get_queue_items_by_item_ids = endpoint("queue.get_queue_items_by_item_ids")
get_queue_status = endpoint("queue.get_queue_status")
list_all_queue_items = endpoint("queue.list_all_queue_items")
pause = endpoint("queue.pause")
prune = endpoint("queue.prune")
resume = endpoint("queue.resume")
retry_items_by_id = endpoint("queue.retry_items_by_id")

# -- workflows -------------------------------------------------------------------------------------
create_workflow = endpoint("workflows.create_workflow")
delete_workflow = endpoint("workflows.delete_workflow")
get_workflow = endpoint("workflows.get_workflow")
list_workflows = endpoint("workflows.list_workflows")
update_workflow = endpoint("workflows.update_workflow")

# -- videos (InvokeAI 6.14: by name; 6.8 documents videos by id but answers 501) -------------------
_VIDEO = "/api/v1/videos/i/{video_name}"
add_video_to_board = endpoint("videos.add_video_to_board")
delete_uncategorized_videos = endpoint("videos.delete_uncategorized_videos")
delete_video = endpoint("videos.delete_video")
delete_videos_from_list = endpoint("videos.delete_videos_from_list")
get_video_dto = endpoint("videos.get_video_dto", path=_VIDEO)
get_video_full = endpoint("videos.get_video_full")
get_video_metadata = endpoint("videos.get_video_metadata")
get_video_names = endpoint("videos.get_video_names")
get_video_thumbnail = endpoint("videos.get_video_thumbnail")
get_video_urls = endpoint("videos.get_video_urls")
get_video_workflow = endpoint("videos.get_video_workflow")
list_video_dtos = endpoint("videos.list_video_dtos")
remove_video_from_board = endpoint("videos.remove_video_from_board")
star_videos_in_list = endpoint("videos.star_videos_in_list")
unstar_videos_in_list = endpoint("videos.unstar_videos_in_list")
update_video = endpoint("videos.update_video", path=_VIDEO)
upload_video = endpoint("videos.upload_video")

# -- authentication (InvokeAI 6.14, multi-user servers) ----------------------------------------------
create_user = endpoint("authentication.create_user")
delete_user = endpoint("authentication.delete_user")
get_current_user_info = endpoint("authentication.get_current_user_info")
get_setup_status = endpoint("authentication.get_setup_status")
list_users = endpoint("authentication.list_users")
login = endpoint("authentication.login")
logout = endpoint("authentication.logout")
setup_admin = endpoint("authentication.setup_admin")
update_current_user = endpoint("authentication.update_current_user")

# -- custom node packs (InvokeAI 6.14) ----------------------------------------------------------------
install_custom_node_pack = endpoint("custom_nodes.install_custom_node_pack")
list_custom_node_packs = endpoint("custom_nodes.list_custom_node_packs")
reload_custom_nodes = endpoint("custom_nodes.reload_custom_nodes")
uninstall_custom_node_pack = endpoint("custom_nodes.uninstall_custom_node_pack")

# -- model manager upkeep (InvokeAI 6.14) ----------------------------------------------------------
bulk_delete_models = endpoint("model_manager.bulk_delete_models")
bulk_reidentify_models = endpoint("model_manager.bulk_reidentify_models")
delete_orphaned_models = endpoint("model_manager.delete_orphaned_models")
get_model_records_by_hash = endpoint("model_manager.get_model_records_by_hash")
get_orphaned_models = endpoint("model_manager.get_orphaned_models")
list_missing_models = endpoint("model_manager.list_missing_models")
pause_model_install_job = endpoint("model_manager.pause_model_install_job")
reidentify_model = endpoint("model_manager.reidentify_model")
restart_failed_model_install_job = endpoint("model_manager.restart_failed_model_install_job")
restart_model_install_file = endpoint("model_manager.restart_model_install_file")
resume_model_install_job = endpoint("model_manager.resume_model_install_job")

# -- workflows and queue (InvokeAI 6.14) -----------------------------------------------------------
get_all_tags = endpoint("workflows.get_all_tags")
update_workflow_is_public = endpoint("workflows.update_workflow_is_public")
get_queue_item_summaries_by_ids = endpoint("queue.get_queue_item_summaries_by_ids")
